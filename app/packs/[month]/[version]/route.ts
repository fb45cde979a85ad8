// GET /packs/2020-10/v1 (and v1.pdf, v1.csv, v1.xlsx): one published version, for ever the same.
import { parsePackAddress } from '@/lib/packs/address';
import { servePack } from '../../_server/serve-pack';

export async function GET(request: Request, { params }: RouteContext<'/packs/[month]/[version]'>) {
  const { month, version } = await params;
  return servePack(request, parsePackAddress(month, version));
}
