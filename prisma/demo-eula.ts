// The demo's end-user license agreement of the sync agent. Real deployments publish the
// partner's own text as a new EulaVersion row; a new version makes practices accept again.
export const DEMO_EULA = {
  version: "2026.1",
  title: "Sync Agent End-User License Agreement",
  body: `This End-User License Agreement ("Agreement") is between the veterinary practice ("Practice") and the integration partner ("Partner") for the PIMS sync agent ("Agent").

1. Licence. Partner grants Practice a non-exclusive, non-transferable licence to run the Agent on the server that hosts the Practice's practice information management system (PIMS), for the sole purpose of exchanging data with the Practice's home-delivery pharmacy.

2. Data shared. The Agent reads client names, addresses, phone numbers and email addresses, and patient names, ages, weights, breeds and deceased status, and sends them to the pharmacy over an encrypted connection. It writes shipped prescription line items back into patient records. It does not read medical notes, invoices or payment data.

3. Access. Practice will let Partner's technicians connect to the server to install, update or reconnect the Agent, only with the Practice's technical contact present or consenting.

4. Security. Practice keeps the server's operating system supported and patched. Partner keeps the Agent updated and reports security incidents that affect Practice data within 72 hours.

5. Termination. Either party may end this Agreement with 30 days' written notice. On termination the Agent is removed and stops sending data.

6. Warranty and liability. The Agent is provided "as is". Neither party is liable for indirect or consequential damages.`,
};
