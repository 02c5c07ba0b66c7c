"""imaging: api -> pipelines chosen by kind -> stages."""
