"""gaugekit: named gauges; the process has one table, each tenant its own."""
from .registry import register, read_all
from .tenant import TenantMetrics
