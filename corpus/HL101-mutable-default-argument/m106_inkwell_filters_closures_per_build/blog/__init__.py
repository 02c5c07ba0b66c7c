"""blog: the site's build script and its template plugins."""
