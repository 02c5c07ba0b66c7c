"""app: request-side helpers shared by the web workers."""
