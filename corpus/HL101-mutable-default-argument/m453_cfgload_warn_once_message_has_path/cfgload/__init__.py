"""cfgload: warn-once helper, the ini parser (iniparse), and the tenant config loader."""
