# Sourced by build.sh and the scripts that build: how many compile and test jobs run at once.
# ICC_JOBS overrides it; the default is one per core.
ICC_JOBS=${ICC_JOBS:-$(nproc)}
