import { redirect } from 'next/navigation';
import { requireUser } from '@/app/_server/guard';
import { landingPath } from '@/lib/auth/policy';

export default async function Home() {
  redirect(landingPath(await requireUser()));
}
