"""Batch exporter: one storage handle per shard, closed together."""
