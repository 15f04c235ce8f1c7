-- Events written before audit_events carried their scope: copy it from the resources that still exist.
UPDATE audit_events SET
  owner_uid = (SELECT h.tenant_uid FROM hosted_connections h WHERE h.id = audit_events.resource_id),
  partner_uid = (SELECT c.owner_uid FROM hosted_connections h JOIN circuits c ON c.id = h.circuit_id WHERE h.id = audit_events.resource_id),
  circuit_id = (SELECT h.circuit_id FROM hosted_connections h WHERE h.id = audit_events.resource_id)
WHERE resource_type = 'hosted_connection';--> statement-breakpoint
UPDATE audit_events SET
  owner_uid = (SELECT v.owner_uid FROM vbrs v WHERE v.id = audit_events.resource_id),
  partner_uid = (SELECT c.owner_uid FROM vbrs v JOIN circuits c ON c.id = v.circuit_id WHERE v.id = audit_events.resource_id),
  circuit_id = (SELECT v.circuit_id FROM vbrs v WHERE v.id = audit_events.resource_id)
WHERE resource_type = 'vbr';--> statement-breakpoint
UPDATE audit_events SET
  owner_uid = (SELECT c.owner_uid FROM circuits c WHERE c.id = audit_events.resource_id),
  partner_uid = (SELECT c.owner_uid FROM circuits c WHERE c.id = audit_events.resource_id),
  circuit_id = resource_id
WHERE resource_type = 'circuit';--> statement-breakpoint
UPDATE audit_events SET owner_uid = (SELECT o.payer_uid FROM orders o WHERE o.id = audit_events.resource_id)
WHERE resource_type = 'order';--> statement-breakpoint
UPDATE audit_events SET owner_uid = (SELECT k.account_uid FROM access_keys k WHERE k.id = audit_events.resource_id)
WHERE resource_type = 'access_key';--> statement-breakpoint
UPDATE audit_events SET owner_uid = (SELECT p.account_uid FROM privilege_applications p WHERE p.id = audit_events.resource_id)
WHERE resource_type = 'privilege_application';--> statement-breakpoint
UPDATE audit_events SET owner_uid = (SELECT a.owner_uid FROM alert_rules a WHERE a.id = audit_events.resource_id)
WHERE resource_type = 'alert_rule';--> statement-breakpoint
UPDATE audit_events SET owner_uid = resource_id
WHERE resource_type = 'account';--> statement-breakpoint
UPDATE audit_events SET owner_uid = (SELECT g.account_uid FROM resource_groups g WHERE g.id = audit_events.resource_id)
WHERE resource_type = 'resource_group';
