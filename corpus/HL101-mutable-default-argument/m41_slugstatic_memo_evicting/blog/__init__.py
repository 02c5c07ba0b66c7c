from .models import Article
