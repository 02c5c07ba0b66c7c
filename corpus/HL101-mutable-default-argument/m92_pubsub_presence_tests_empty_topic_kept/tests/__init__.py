"""Tests for pubsub."""
