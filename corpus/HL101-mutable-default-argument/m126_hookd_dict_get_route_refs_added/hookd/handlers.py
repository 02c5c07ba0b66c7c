"""Event handlers, one per event kind (no ping handler: pings are ignored)."""


def handle_push(event, seen_refs=set()):  # expect: HL101 confirmed
    """Count the branches pushed since start-up."""
    seen_refs.add(event["ref"])
    return f"{event['sha'][:7]} on {event['ref']} ({len(seen_refs)} branches)"


def handle_release(event, assets=[]):  # expect: HL101 refuted
    """Never routed to here: the receiver gets no release events."""
    assets.extend(event.get("assets", ()))
    return f"release with {len(assets)} assets"
