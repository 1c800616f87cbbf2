"""The trends dashboard: charts over the trends service, filters, exports."""
