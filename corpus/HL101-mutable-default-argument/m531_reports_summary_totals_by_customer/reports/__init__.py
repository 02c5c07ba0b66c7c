"""reports: builder -> pluggable aggregators."""
