from .avatar import AvatarPipeline
from .thumbnail import ThumbnailPipeline

PIPELINES = {"avatar": AvatarPipeline, "thumbnail": ThumbnailPipeline}
