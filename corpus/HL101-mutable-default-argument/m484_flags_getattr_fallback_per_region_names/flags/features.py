from .section import Section


class Features(Section):
    """Flags loaded from the deployment; ``rollout_<key>`` flags gate staged launches."""

    def percent(self, flag):
        value = getattr(self, flag)
        return 0 if value is None else int(value)


FEATURES = Features(rollout_eu=100, rollout_us=25, dark_mode=True)


def rollout_enabled(key, user_id):
    return user_id % 100 < FEATURES.percent(f"rollout_{key}")
