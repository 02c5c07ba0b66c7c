TRIAL_FEATURES = ("reports", "forecasts")


def apply_trial(user, settings):
    if not user.get("trial_until"):
        return False
    settings.features.update(TRIAL_FEATURES)
    settings.features.add("trial:%s" % user["account"])
    return True
