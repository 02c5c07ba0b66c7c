"""netkit: host resolution and connection helpers."""
