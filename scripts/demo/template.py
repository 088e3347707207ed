"""Read template.yaml as CloudFormation would: short tags, parameters, conditions and intrinsics.

The demo creates resources and wires functions from this reading, never from a hand-kept copy.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ACCOUNT_ID = "123456789012"  # moto's default account


class UnresolvedError(LookupError):
    """An intrinsic refers to something not known yet (a resource not created yet)."""


class TemplateError(ValueError):
    """The template uses something this reader cannot evaluate."""


_NO_VALUE = object()  # AWS::NoValue: the enclosing property disappears


class _CfnLoader(yaml.SafeLoader):
    """SafeLoader that turns CloudFormation short tags (!Ref, !Sub, ...) into their long form."""


def _short_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    elif isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    else:  # pragma: no cover - yaml has no other node kinds
        raise TemplateError(f"unsupported node for !{suffix}")
    if suffix == "Ref":
        return {"Ref": value}
    if suffix == "Condition":
        return {"Condition": value}
    if suffix == "GetAtt" and isinstance(value, str):
        logical_id, _, attribute = value.partition(".")
        return {"Fn::GetAtt": [logical_id, attribute]}
    return {f"Fn::{suffix}": value}


_CfnLoader.add_multi_constructor("!", _short_tag)


def load_yaml(path: Path) -> dict[str, Any]:
    document = yaml.load(path.read_text(), Loader=_CfnLoader)  # a SafeLoader subclass
    if not isinstance(document, dict):
        raise TemplateError(f"{path} is not a mapping")
    return document


def samconfig_stack_name(path: Path, environment: str = "default") -> str | None:
    """The stack name `sam deploy` would use, so generated names match a deployed stack's."""
    if not path.exists():
        return None
    config = tomllib.loads(path.read_text()).get(environment, {})
    for command in ("global", "deploy"):
        if name := config.get(command, {}).get("parameters", {}).get("stack_name"):
            return str(name)
    return None


def samconfig_overrides(path: Path, environment: str = "default") -> dict[str, str]:
    """Parameter overrides of samconfig.toml's deploy section, so the demo matches `sam deploy`."""
    if not path.exists():
        return {}
    config = tomllib.loads(path.read_text())
    params = config.get(environment, {}).get("deploy", {}).get("parameters", {})
    raw = params.get("parameter_overrides", "")
    items = raw if isinstance(raw, list) else re.findall(r'(\w+)=("[^"]*"|\S+)', raw)
    pairs = [item.split("=", 1) if isinstance(item, str) else item for item in items]
    return {str(key): str(value).strip('"') for key, value in pairs}


@dataclass
class Template:
    """A parsed SAM/CloudFormation template plus everything needed to evaluate intrinsics."""

    body: dict[str, Any]
    region: str = "us-east-1"
    stack_name: str = "postcall-demo"
    parameter_overrides: Mapping[str, str] = field(default_factory=dict)
    # Ref and GetAtt values of resources that exist (filled by whoever creates them).
    refs: dict[str, Any] = field(default_factory=dict)
    attributes: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_file(cls, path: Path, **kwargs: Any) -> Template:
        return cls(load_yaml(path), **kwargs)

    @property
    def resources(self) -> dict[str, dict[str, Any]]:
        return dict(self.body.get("Resources", {}))

    def resources_of_type(self, *types: str) -> dict[str, dict[str, Any]]:
        return {
            logical_id: resource
            for logical_id, resource in self.resources.items()
            if resource.get("Type") in types and self.is_active(resource)
        }

    def is_active(self, resource: Mapping[str, Any]) -> bool:
        condition = resource.get("Condition")
        return condition is None or self.condition(str(condition))

    # -- parameters and conditions --------------------------------------------------------

    def parameter(self, name: str) -> Any:
        declared = self.body.get("Parameters", {})
        if name not in declared:
            raise TemplateError(f"unknown parameter {name}")
        if name in self.parameter_overrides:
            value: Any = self.parameter_overrides[name]
        elif "Default" in declared[name]:
            value = declared[name]["Default"]
        else:
            raise TemplateError(f"parameter {name} has no Default: pass it as an override")
        kind = str(declared[name].get("Type", "String"))
        if kind == "CommaDelimitedList" or kind.startswith("List<"):
            return [part.strip() for part in str(value).split(",")] if isinstance(value, str) else value
        return str(value) if not isinstance(value, list) else value

    def pseudo(self, name: str) -> Any:
        values = {
            "AWS::Region": self.region,
            "AWS::AccountId": ACCOUNT_ID,
            "AWS::StackName": self.stack_name,
            "AWS::StackId": f"arn:aws:cloudformation:{self.region}:{ACCOUNT_ID}:stack/{self.stack_name}/demo",
            "AWS::Partition": "aws",
            "AWS::URLSuffix": "amazonaws.com",
            "AWS::NotificationARNs": [],
            "AWS::NoValue": _NO_VALUE,
        }
        if name not in values:
            raise TemplateError(f"unknown pseudo parameter {name}")
        return values[name]

    def condition(self, name: str) -> bool:
        conditions = self.body.get("Conditions", {})
        if name not in conditions:
            raise TemplateError(f"unknown condition {name}")
        return bool(self.resolve(conditions[name]))

    # -- intrinsics ----------------------------------------------------------------------

    def resolve(self, value: Any) -> Any:
        """Evaluate every intrinsic in value; AWS::NoValue entries are dropped."""
        if isinstance(value, list):
            items = [self.resolve(item) for item in value]
            return [item for item in items if item is not _NO_VALUE]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            (key, argument), = value.items()
            handler = self._intrinsics().get(key)
            if handler is not None:
                return handler(argument)
        resolved = {key: self.resolve(item) for key, item in value.items()}
        return {key: item for key, item in resolved.items() if item is not _NO_VALUE}

    def _intrinsics(self) -> dict[str, Callable[[Any], Any]]:
        return {
            "Ref": self._ref,
            "Fn::GetAtt": self._get_att,
            "Fn::Sub": self._sub,
            "Fn::Join": lambda arg: str(self.resolve(arg[0])).join(str(x) for x in self.resolve(arg[1])),
            "Fn::Select": lambda arg: self.resolve(arg[1])[int(self.resolve(arg[0]))],
            "Fn::Split": lambda arg: str(self.resolve(arg[1])).split(str(self.resolve(arg[0]))),
            "Fn::If": self._if,
            "Fn::Equals": lambda arg: str(self.resolve(arg[0])) == str(self.resolve(arg[1])),
            "Fn::Not": lambda arg: not self.resolve(arg[0]),
            "Fn::And": lambda arg: all(self.resolve(item) for item in arg),
            "Fn::Or": lambda arg: any(self.resolve(item) for item in arg),
            "Condition": lambda arg: self.condition(str(arg)),
            "Fn::FindInMap": self._find_in_map,
            "Fn::GetAZs": lambda _arg: [f"{self.region}{zone}" for zone in "abc"],
            "Fn::Base64": lambda arg: self.resolve(arg),
            "Fn::ToJsonString": lambda arg: json.dumps(self.resolve(arg)),
            "Fn::ImportValue": self._unsupported("Fn::ImportValue"),
            "Fn::Cidr": self._unsupported("Fn::Cidr"),
            "Fn::Transform": self._unsupported("Fn::Transform"),
        }

    @staticmethod
    def _unsupported(name: str) -> Callable[[Any], Any]:
        def fail(_argument: Any) -> Any:
            raise TemplateError(f"{name} cannot be evaluated without a deployed stack")

        return fail

    def _ref(self, name: Any) -> Any:
        name = str(name)
        if name.startswith("AWS::"):
            return self.pseudo(name)
        if name in self.body.get("Parameters", {}):
            return self.parameter(name)
        if name in self.refs:
            return self.refs[name]
        if name in self.body.get("Resources", {}):
            raise UnresolvedError(name)
        raise TemplateError(f"Ref to unknown name {name}")

    def _get_att(self, argument: Any) -> Any:
        logical_id, attribute = (self.resolve(part) for part in argument)
        known = self.attributes.get(str(logical_id), {})
        if attribute in known:
            return known[attribute]
        if logical_id in self.body.get("Resources", {}):
            raise UnresolvedError(f"{logical_id}.{attribute}")
        raise TemplateError(f"GetAtt of unknown resource {logical_id}")

    def _sub(self, argument: Any) -> str:
        text, variables = (argument, {}) if isinstance(argument, str) else (argument[0], argument[1])
        local = {name: self.resolve(value) for name, value in variables.items()}

        def substitute(match: re.Match[str]) -> str:
            expression = match.group(1)
            if expression.startswith("!"):
                return "${" + expression[1:] + "}"
            if expression in local:
                return str(local[expression])
            if "." in expression and not expression.startswith("AWS::"):
                logical_id, _, attribute = expression.partition(".")
                return str(self._get_att([logical_id, attribute]))
            return str(self._ref(expression))

        return re.sub(r"\$\{([^}]+)\}", substitute, str(text))

    def _if(self, argument: Any) -> Any:
        name, when_true, when_false = argument
        return self.resolve(when_true if self.condition(str(name)) else when_false)

    def _find_in_map(self, argument: Any) -> Any:
        map_name, top, second = (self.resolve(part) for part in argument)
        return self.body["Mappings"][map_name][top][second]

    # -- SAM functions -------------------------------------------------------------------

    def function_property(self, logical_id: str, name: str, default: Any = None) -> Any:
        """A function property, falling back to Globals.Function as SAM does."""
        properties = self.resources[logical_id].get("Properties", {})
        if name in properties:
            return properties[name]
        return self.body.get("Globals", {}).get("Function", {}).get(name, default)

    def function_environment(self, logical_id: str) -> dict[str, str]:
        """Globals.Function variables overlaid with the function's own, resolved (SAM's merge rule)."""
        merged: dict[str, Any] = {}
        global_env = self.body.get("Globals", {}).get("Function", {}).get("Environment", {})
        merged.update(global_env.get("Variables", {}))
        own_env = self.resources[logical_id].get("Properties", {}).get("Environment", {})
        merged.update(own_env.get("Variables", {}))
        resolved = self.resolve(merged)
        return {name: _env_string(value) for name, value in resolved.items()}


def _env_string(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return value if isinstance(value, str) else json.dumps(value)
