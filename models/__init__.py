"""The model files, shipped in the wheel as the data package ``docparse.model_data``
(see setup.py); docparse.models.models_dir() finds them. The build_*.py scripts here are run
by hand and are not part of the package."""
