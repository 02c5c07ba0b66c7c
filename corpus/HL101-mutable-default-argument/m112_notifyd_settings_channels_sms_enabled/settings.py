"""Deployment settings; CHANNELS names the channel plugins to load, in order."""
# sms_gateway is enabled: its send() queues into its default list on every order.
CHANNELS = ("mailer", "sms_gateway")
SENDER = "shop@example.test"
