from . import sampler

HOOKS = {
    "timing": sampler.note_timing,
    "sample": sampler.maybe_sample,
}
