// GET /packs/2020-10: the newest published version of a month's pack (see _server/serve-pack.ts).
import { parsePackAddress } from '@/lib/packs/address';
import { servePack } from '../_server/serve-pack';

export async function GET(request: Request, { params }: RouteContext<'/packs/[month]'>) {
  const { month } = await params;
  return servePack(request, parsePackAddress(month));
}
