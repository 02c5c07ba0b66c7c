"""appconf: typed access to nested configuration sections."""
