import { redirect } from 'next/navigation';
import { requireUser } from '@/app/_server/guard';

export default async function Home() {
  await requireUser();
  redirect('/measures');
}
