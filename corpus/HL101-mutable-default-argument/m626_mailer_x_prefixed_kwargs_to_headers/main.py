"""Marketing mailer: each call composes one campaign mail for a new
subscriber, tagged with a campaign header, and sends a tiny newsletter."""
import itertools

import mailer

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    msg = mailer.compose(f"sub{n:05d}@example.org", f"Spring offer #{n}",
                         x_campaign=f"spring-2024-wave-{n:05d}", priority=n % 5)
    mailer.newsletter(n, [f"reader{n}@example.org"])
    return msg
