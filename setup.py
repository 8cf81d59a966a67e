"""Only what pyproject.toml cannot say: resources/ (top of the repository) is shipped inside
the package as bindesk/resources, where bindesk.config.resource_root() looks first."""

from setuptools import find_namespace_packages, setup

resource_packages = [
    f"bindesk.resources.{name}" for name in find_namespace_packages(where="resources")
]
setup(
    packages=[
        *find_namespace_packages(include=["bindesk", "bindesk.*"], exclude=["*__pycache__*"]),
        "bindesk.resources",
        *resource_packages,
    ],
    package_dir={"bindesk.resources": "resources"},
)
