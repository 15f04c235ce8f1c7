"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import type { FieldRefusal } from "@/components/ui/action-dialog";

export type VbrAddresses = { localGatewayIp: string; peerGatewayIp: string; peeringSubnetMask: string };

const FIELDS = ["localGatewayIp", "peerGatewayIp", "peeringSubnetMask"] as const;

/** The VBR's IPv4 interconnect: both gateway addresses and their subnet mask, as Create VBR and Edit VBR ask them. */
export function VbrAddressFields({
  value,
  onChange,
  errorOf,
}: {
  value: VbrAddresses;
  onChange: (field: keyof VbrAddresses, value: string) => void;
  errorOf: (field: string) => FieldRefusal | undefined;
}) {
  const t = useTranslations("createVbr");
  return (
    <>
      {FIELDS.map((field) => (
        <Field key={field} label={t(field)} hint={t(`${field}Hint`)} error={errorOf(field)}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              required
              placeholder={t(`${field}Placeholder`)}
              value={value[field]}
              onChange={(e) => onChange(field, e.target.value.trim())}
              className={`${inputClass} font-mono`}
            />
          )}
        </Field>
      ))}
    </>
  );
}
