"""Tests for the notification service."""
