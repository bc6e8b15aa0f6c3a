"use client";
import { inviteUserSchema } from "@/lib/onboarding/schemas";
import { inviteUserAction } from "@/lib/users/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";

export function InviteUserForm({ partners }: { partners: { id: string; name: string }[] }) {
  const { form, onSubmit, formError, success, errorOf, submitting } = useServerForm(inviteUserSchema, inviteUserAction, {
    defaultValues: { role: "STAFF", partnerId: partners[0]?.id } as never,
  });
  const role = form.watch("role");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Notice tone="error">{formError}</Notice>}
      {success && <Notice tone="success">{success}</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" error={errorOf("name")} {...form.register("name")} />
        <TextField label="Email" type="email" error={errorOf("email")} {...form.register("email")} />
        <SelectField label="Role" error={errorOf("role")} {...form.register("role")}>
          <option value="STAFF">Onboarding team</option>
          <option value="PARTNER">Integration partner technician</option>
        </SelectField>
        {role === "PARTNER" && (
          <SelectField label="Partner" error={errorOf("partnerId")} {...form.register("partnerId")}>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Inviting…" : "Send invitation"}
      </Button>
    </form>
  );
}
