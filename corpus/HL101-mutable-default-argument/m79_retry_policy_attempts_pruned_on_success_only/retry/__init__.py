"""retry: retrying HTTP-ish calls; the policy lives in retry.policy, the client in retry.client."""
from .client import Client
from .policy import GiveUp

__all__ = ["Client", "GiveUp"]
