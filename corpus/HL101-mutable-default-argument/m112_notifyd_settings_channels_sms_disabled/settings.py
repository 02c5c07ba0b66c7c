"""Deployment settings; CHANNELS names the channel plugins to load, in order."""
# sms_gateway ships with the package but is not enabled, so it is never imported.
CHANNELS = ("mailer",)
SENDER = "shop@example.test"
