// placeholder: filled in by the end-to-end work
