"""Helpdesk records."""
