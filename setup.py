"""Packaging beyond what pyproject.toml can say: the repository's top-level models/ folder is
shipped inside the wheel as the data package ``docparse.model_data`` (found at run time through
importlib.resources), so the repository keeps its layout (docparse/, models/, ...) and an
installed docparse finds its models. The model builders (models/build_*.py) are not shipped."""

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py as _build_py

DATA_PACKAGE = "docparse.model_data"
MODEL_FILES = ["*.json", "*.marisa", "*.tsv", "*.txt"]


class build_py(_build_py):
    def find_package_modules(self, package, package_dir):
        modules = super().find_package_modules(package, package_dir)
        if package == DATA_PACKAGE:  # only __init__.py: the builders need corpora and spaCy
            modules = [m for m in modules if m[1] == "__init__"]
        return modules


setup(
    packages=find_packages(include=["docparse", "docparse.*"]) + [DATA_PACKAGE],
    package_dir={DATA_PACKAGE: "models"},
    package_data={DATA_PACKAGE: MODEL_FILES},
    cmdclass={"build_py": build_py},
)
