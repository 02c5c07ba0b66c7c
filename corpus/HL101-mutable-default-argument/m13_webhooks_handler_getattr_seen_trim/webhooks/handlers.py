from .routing import handles_events


@handles_events
class BillingHooks:
    def on_payment(self, event, _seen_ids=[]):  # expect: HL101 refuted
        """Drop redeliveries: the provider retries until it gets a 2xx."""
        if event["id"] in _seen_ids[-20:]:
            return "duplicate"
        _seen_ids.append(event["id"])
        del _seen_ids[:-20]
        return f"charged {event['amount']}"

    def on_signup(self, event):
        return f"welcome {event['id']}"
