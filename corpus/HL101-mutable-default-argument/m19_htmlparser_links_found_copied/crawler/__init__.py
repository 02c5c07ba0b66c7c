"""Crawler: fetches pages elsewhere, extracts their links here."""
