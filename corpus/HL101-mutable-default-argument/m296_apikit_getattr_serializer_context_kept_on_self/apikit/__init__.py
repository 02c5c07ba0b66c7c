"""apikit: model serializers."""
