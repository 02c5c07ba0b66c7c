from .text import slugify, truncate
