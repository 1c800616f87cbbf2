"""The triage workspace: a case list over a million entries, facets, detail and saved views."""
