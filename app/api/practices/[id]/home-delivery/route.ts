// POST the practice's home-delivery-clients.csv and home-delivery-pets.csv (multipart form,
// staff only). A route handler rather than a server action: server actions share one global
// body limit (1 MB by default) that a realistic file (20,000 clients ≈ 2-3 MB) passes, and
// raising it would raise it for every action; here the limit belongs to this upload alone.
import { getCurrentUser } from "@/lib/auth/session";
import { UserFacingError } from "@/lib/errors";
import { statusOf } from "@/lib/http/errors";
import { readLimitedFormData } from "@/lib/http/limited-form-data";
import { uploadHomeDelivery } from "@/lib/home-delivery/upload";
import { MAX_UPLOAD_BYTES } from "@/lib/home-delivery/upload-form";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, error: "Your session has ended. Please sign in again." }, { status: 401 });
  try {
    const outcome = await uploadHomeDelivery(user, id, () => readLimitedFormData(request, MAX_UPLOAD_BYTES));
    return Response.json(outcome, { status: outcome.ok ? 200 : 422 });
  } catch (error) {
    if (error instanceof UserFacingError) return Response.json({ ok: false, error: error.message }, { status: statusOf(error) });
    console.error("home-delivery upload failed:", error instanceof Error ? error.stack : error);
    return Response.json(
      { ok: false, error: "Something went wrong on our side. Nothing was imported; please try again." },
      { status: 500 },
    );
  }
}
