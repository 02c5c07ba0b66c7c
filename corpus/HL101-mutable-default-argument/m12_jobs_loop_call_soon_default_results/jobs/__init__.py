"""Background jobs run on a private asyncio event loop."""
