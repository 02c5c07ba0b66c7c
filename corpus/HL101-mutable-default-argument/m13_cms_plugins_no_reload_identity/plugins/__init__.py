"""Text transform plugins for the CMS."""
