"""webhookd: route incoming webhook deliveries to decorated handlers."""
from .decorators import on
from .registry import register as add_route
