SAMPLE_RATE = 10
HOOK_ORDER = ("timing", "sample")
