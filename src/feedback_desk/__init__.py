"""Feedback Desk: record, triage and report what migrant workers and stakeholders say."""

__version__ = "0.1.0"
