"""Small ETL toolkit: sinks batch records and flush them in groups."""
