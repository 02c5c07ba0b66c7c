"""Tests for the campaign mails."""
