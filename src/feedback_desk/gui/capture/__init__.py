"""The live capture desk: what a recorder types while a panel runs."""
