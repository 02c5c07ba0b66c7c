"""analytics: page-view rollups."""
