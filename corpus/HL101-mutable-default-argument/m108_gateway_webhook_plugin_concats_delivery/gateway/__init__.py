"""Webhook gateway: settings name the plugin module that handles each event kind."""
